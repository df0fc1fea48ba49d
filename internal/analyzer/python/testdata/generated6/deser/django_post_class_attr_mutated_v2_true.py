# generated case (gen_cases6): category=deser rule=PY-DESERIALIZATION fw=django source=post shape=class_attr_mutated sink=v2 expected=true
import jsonpickle

from django.http import JsonResponse
from django.urls import path


class Settings:
    term = "default"


def benchmark_test_00031(request):
    param = request.POST.get("BenchmarkTest", "")
    Settings.term = param
    bar = Settings().term
    obj = jsonpickle.decode(bar)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00031/", benchmark_test_00031),
]
