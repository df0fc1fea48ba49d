# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=meta propagation=replace_semicolons (helper class) sink=v3 expected=true
import os

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = param.replace(";", "").replace("&", "")
        return bar


def benchmark_test_00109(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = Test().do_something(request, param)
    result = os.popen("nslookup " + bar).read()  # want: PY-CMDI
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00109/", benchmark_test_00109),
]
