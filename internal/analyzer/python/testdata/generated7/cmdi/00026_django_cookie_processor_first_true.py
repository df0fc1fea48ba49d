# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=django source=cookie shape=processor_first (helper class) sink=v1 expected=true
import subprocess

from django.http import JsonResponse
from django.urls import path


class Processor:
    def __init__(self, raw):
        self.raw = raw
        self.parts = []

    def split(self):
        self.parts = self.raw.split(",")
        return self

    def first(self):
        return self.parts[0]

    def count(self):
        return str(len(self.parts))


class Test:
    def do_something(self, request, param):
        bar = Processor(param).split().first()
        return bar


def case_00026(request):
    param = request.COOKIES.get("q", "none")
    bar = Test().do_something(request, param)
    proc = subprocess.run(f"ls -la /srv/app/files/{bar}", shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00026/", case_00026),
]
