# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=django source=querystring propagation=direct sink=safe0 expected=false
import urllib.parse
import yaml

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00506(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    obj = yaml.safe_load(bar)
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00506/", benchmark_test_00506),
]
