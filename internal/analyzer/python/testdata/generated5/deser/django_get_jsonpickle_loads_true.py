# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=django source=get shape=jsonpickle_loads expected=true
import jsonpickle

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00377(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    obj = jsonpickle.loads(bar)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00377/", benchmark_test_00377),
]
