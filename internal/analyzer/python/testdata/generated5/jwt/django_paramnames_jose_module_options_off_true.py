# generated case (gen_cases5): category=jwt rule=PY-JWT-NO-VERIFY fw=django source=paramnames shape=jose_module_options_off expected=true
import os

from django.http import JsonResponse
from django.urls import path
from jose import jwt as jose_jwt

JWT_KEY = os.environ["JWT_KEY"]
JOSE_OPTIONS = {"verify_signature": False, "verify_aud": False}


def benchmark_test_00225(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    claims = jose_jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options=JOSE_OPTIONS)  # want: PY-JWT-NO-VERIFY
    result = claims.get("sub")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00225/", benchmark_test_00225),
]
