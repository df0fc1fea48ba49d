# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=django source=getlist shape=yaml_load_all_unsafe sink=specific expected=true
import yaml

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00520(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    docs = list(yaml.load_all(bar, Loader=yaml.Loader))  # want: PY-DESERIALIZATION
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00520/", benchmark_test_00520),
]
