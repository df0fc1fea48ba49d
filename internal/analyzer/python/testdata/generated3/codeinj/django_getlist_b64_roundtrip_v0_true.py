# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=django source=getlist propagation=b64_roundtrip sink=v0 expected=true
import base64

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00144(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    result = eval(bar)  # want: PY-CODE-INJECTION
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00144/", benchmark_test_00144),
]
