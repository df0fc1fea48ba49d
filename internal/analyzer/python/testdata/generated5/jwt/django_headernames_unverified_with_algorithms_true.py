# generated case (gen_cases5): category=jwt rule=PY-JWT-NO-VERIFY fw=django source=headernames shape=unverified_with_algorithms expected=true
import jwt
import os

from django.http import JsonResponse
from django.urls import path

JWT_KEY = os.environ["JWT_KEY"]
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00198(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    claims = jwt.decode(bar, algorithms=["HS256"], options={"verify_signature": False})  # want: PY-JWT-NO-VERIFY
    result = claims.get("sub")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00198/", benchmark_test_00198),
]
