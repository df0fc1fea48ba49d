# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=querystring variant=banner_choice expected=false
import random
import urllib.parse

from django.http import JsonResponse
from django.urls import path

BANNERS = ["spring-sale", "new-arrivals", "free-shipping"]


def benchmark_test_00585(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    banner = random.choice(BANNERS)
    result = banner + bar[:0]
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00585/", benchmark_test_00585),
]
