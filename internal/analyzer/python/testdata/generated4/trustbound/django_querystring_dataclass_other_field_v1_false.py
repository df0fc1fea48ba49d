# generated case (gen_cases4): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=querystring shape=dataclass_other_field sink=v1 expected=false
import urllib.parse

from dataclasses import dataclass
from django.http import JsonResponse
from django.urls import path


@dataclass
class Query:
    term: str
    scope: str = "all"


def benchmark_test_00018(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    q = Query(term=param)
    bar = q.scope
    request.session[bar] = "10340"
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00018/", benchmark_test_00018),
]
