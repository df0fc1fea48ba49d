# generated case: rule=PY-PATH-TRAVERSAL source=djmeta propagation=subclass_override_const sink=v1 expected=false
import os

from django.http import JsonResponse

BASE_DIR = "/srv/app/files"


class Base:
    def transform(self, value):
        return value


class Child(Base):
    def transform(self, value):
        return "safe"


def handle_pathtraver(request):
    param = request.META.get("HTTP_X_P", "")
    bar = Child().transform(param)
    os.remove(BASE_DIR + "/" + bar)
    result = True
    return JsonResponse({"result": result})
