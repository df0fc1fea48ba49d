# generated case: rule=PY-CMDI source=djmeta propagation=subclass_inherit sink=v1 expected=true
import os

from django.http import JsonResponse


class Base:
    def transform(self, value):
        return value


class Child(Base):
    pass


def handle_cmdi(request):
    param = request.META.get("HTTP_X_P", "")
    bar = Child().transform(param)
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return JsonResponse({"result": result})
