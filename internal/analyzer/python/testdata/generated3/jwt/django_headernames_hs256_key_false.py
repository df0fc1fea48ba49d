# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=django source=headernames variant=hs256_key expected=false
import jwt
import os

from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
JWT_KEY = os.environ["JWT_KEY"]


def benchmark_test_00784(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"])
    result = claims.get("sub")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00784/", benchmark_test_00784),
]
