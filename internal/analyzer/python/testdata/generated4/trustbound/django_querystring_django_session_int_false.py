# generated case (gen_cases4): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=querystring shape=django_session_int sink=specific expected=false
import urllib.parse

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00535(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    request.session["page_size"] = int(bar)
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00535/", benchmark_test_00535),
]
