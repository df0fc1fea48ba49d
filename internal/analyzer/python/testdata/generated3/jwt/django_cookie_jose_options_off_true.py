# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=django source=cookie variant=jose_options_off expected=true
import os

from django.http import JsonResponse
from django.urls import path
from jose import jwt as jose_jwt

JWT_KEY = os.environ["JWT_KEY"]


def benchmark_test_00783(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    claims = jose_jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={"verify_signature": False})  # want: PY-JWT-NO-VERIFY
    result = claims.get("sub")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00783/", benchmark_test_00783),
]
