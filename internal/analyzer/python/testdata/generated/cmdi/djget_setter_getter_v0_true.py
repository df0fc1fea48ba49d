# generated case: rule=PY-CMDI source=djget propagation=setter_getter sink=v0 expected=true
import subprocess

from django.http import JsonResponse


class Store:
    def __init__(self):
        self._item = "empty"

    def put(self, item):
        self._item = item

    def take(self):
        return self._item


def handle_cmdi(request):
    param = request.GET.get("p", "")
    store = Store()
    store.put(param)
    bar = store.take()
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return JsonResponse({"result": result})
