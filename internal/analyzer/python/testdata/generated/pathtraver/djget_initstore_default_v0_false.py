# generated case: rule=PY-PATH-TRAVERSAL source=djget propagation=initstore_default sink=v0 expected=false
import os

from django.http import JsonResponse

BASE_DIR = "/srv/app/files"


class Holder:
    def __init__(self, value):
        self._value = value
        self._default = "safe"

    def default(self):
        return self._default


def handle_pathtraver(request):
    param = request.GET.get("p", "")
    holder = Holder(param)
    bar = holder.default()
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return JsonResponse({"result": result})
