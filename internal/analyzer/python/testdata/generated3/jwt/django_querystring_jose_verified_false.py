# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=django source=querystring variant=jose_verified expected=false
import os
import urllib.parse

from django.http import JsonResponse
from django.urls import path
from jose import jwt as jose_jwt

JWT_KEY = os.environ["JWT_KEY"]


def benchmark_test_00641(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    claims = jose_jwt.decode(bar, JWT_KEY, algorithms=["HS256"])
    result = claims.get("sub")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00641/", benchmark_test_00641),
]
