# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=django source=getdict shape=dict_get_present sink=v2 expected=true
import jsonpickle

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00067(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    options = {"term": param}
    bar = options.get("term", "none")
    obj = jsonpickle.decode(bar)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00067/", benchmark_test_00067),
]
