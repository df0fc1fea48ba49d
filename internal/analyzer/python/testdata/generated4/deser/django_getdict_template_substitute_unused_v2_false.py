# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=django source=getdict shape=template_substitute_unused sink=v2 expected=false
import jsonpickle
import string

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00135(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = string.Template("$term").substitute(term="all", extra=param)
    obj = jsonpickle.decode(bar)
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00135/", benchmark_test_00135),
]
