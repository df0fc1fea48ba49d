# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=django source=querystring variant=fold_verify_true expected=false
import jwt
import os
import urllib.parse

from django.http import JsonResponse
from django.urls import path

JWT_KEY = os.environ["JWT_KEY"]


def benchmark_test_00790(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    verify = (7 * 18) + 106 > 200
    claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={"verify_signature": verify})
    result = claims.get("sub")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00790/", benchmark_test_00790),
]
