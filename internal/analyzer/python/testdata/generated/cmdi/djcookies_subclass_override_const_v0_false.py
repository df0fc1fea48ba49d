# generated case: rule=PY-CMDI source=djcookies propagation=subclass_override_const sink=v0 expected=false
import subprocess

from django.http import JsonResponse


class Base:
    def transform(self, value):
        return value


class Child(Base):
    def transform(self, value):
        return "safe"


def handle_cmdi(request):
    param = request.COOKIES.get("p", "")
    bar = Child().transform(param)
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return JsonResponse({"result": result})
