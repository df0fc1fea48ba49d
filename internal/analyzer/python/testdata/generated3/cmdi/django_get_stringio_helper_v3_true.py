# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=get propagation=stringio (helper class) sink=v3 expected=true
import io
import os

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        buf = io.StringIO()
        buf.write(param)
        bar = buf.getvalue()
        return bar


def benchmark_test_00106(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    result = os.popen("nslookup " + bar).read()  # want: PY-CMDI
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00106/", benchmark_test_00106),
]
