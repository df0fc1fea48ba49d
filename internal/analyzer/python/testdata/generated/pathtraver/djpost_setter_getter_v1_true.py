# generated case: rule=PY-PATH-TRAVERSAL source=djpost propagation=setter_getter sink=v1 expected=true
import os

from django.http import JsonResponse

BASE_DIR = "/srv/app/files"


class Store:
    def __init__(self):
        self._item = "empty"

    def put(self, item):
        self._item = item

    def take(self):
        return self._item


def handle_pathtraver(request):
    param = request.POST["p"]
    store = Store()
    store.put(param)
    bar = store.take()
    os.remove(BASE_DIR + "/" + bar)  # want: PY-PATH-TRAVERSAL
    result = True
    return JsonResponse({"result": result})
