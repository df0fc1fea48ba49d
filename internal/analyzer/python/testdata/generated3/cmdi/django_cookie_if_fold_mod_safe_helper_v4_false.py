# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=cookie propagation=if_fold_mod_safe (helper class) sink=v4 expected=false
import subprocess

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        if (7 * 18) % 5 == 1:
            bar = "This_should_always_happen"
        else:
            bar = param
        return bar


def benchmark_test_00088(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Test().do_something(request, param)
    result = subprocess.check_output(f"grep {bar} /var/log/app.log", shell=True)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00088/", benchmark_test_00088),
]
