# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=django source=querystring shape=pickle_bytes_latin1 sink=specific expected=true
import pickle
import urllib.parse

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00530(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    obj = pickle.loads(bar.encode("latin-1"))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00530/", benchmark_test_00530),
]
