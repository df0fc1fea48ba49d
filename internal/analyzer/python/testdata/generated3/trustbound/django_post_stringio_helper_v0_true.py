# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=post propagation=stringio (helper class) sink=v0 expected=true
import io

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        buf = io.StringIO()
        buf.write(param)
        bar = buf.getvalue()
        return bar


def benchmark_test_00564(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    request.session["userid"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00564/", benchmark_test_00564),
]
