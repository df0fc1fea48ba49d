# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=django source=getdict shape=attr_overwritten sink=v4 expected=false
import subprocess

from django.http import JsonResponse
from django.urls import path


class Box:
    def __init__(self):
        self.content = "default"

    def read(self):
        return self.content


def benchmark_test_00011(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    box = Box()
    box.content = param
    box.content = "reset"
    bar = box.read()
    result = subprocess.check_output(f"grep {bar} /var/log/app.log", shell=True)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00011/", benchmark_test_00011),
]
