# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=header propagation=replace_semicolons (helper class) sink=v4 expected=true
import subprocess

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = param.replace(";", "").replace("&", "")
        return bar


def benchmark_test_00118(request):
    param = request.headers.get("X-Benchmark", "")
    bar = Test().do_something(request, param)
    result = subprocess.check_output(f"grep {bar} /var/log/app.log", shell=True)  # want: PY-CMDI
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00118/", benchmark_test_00118),
]
