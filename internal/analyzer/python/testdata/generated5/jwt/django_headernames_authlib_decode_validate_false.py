# generated case (gen_cases5): category=jwt rule=PY-JWT-NO-VERIFY fw=django source=headernames shape=authlib_decode_validate expected=false
import os

from authlib.jose import jwt as authlib_jwt
from django.http import JsonResponse
from django.urls import path

JWT_KEY = os.environ["JWT_KEY"]
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00216(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    claims = authlib_jwt.decode(bar, JWT_KEY)
    claims.validate()
    result = claims.get("sub")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00216/", benchmark_test_00216),
]
