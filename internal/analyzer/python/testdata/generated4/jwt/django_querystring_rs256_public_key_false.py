# generated case (gen_cases4): category=jwt rule=PY-JWT-NO-VERIFY fw=django source=querystring shape=rs256_public_key sink=config expected=false
import jwt
import urllib.parse

from django.http import JsonResponse
from django.urls import path

PUBLIC_KEY = open("/etc/app/jwt-public.pem").read()


def benchmark_test_00606(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    claims = jwt.decode(bar, PUBLIC_KEY, algorithms=["RS256"], audience="api")
    result = claims.get("sub")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00606/", benchmark_test_00606),
]
