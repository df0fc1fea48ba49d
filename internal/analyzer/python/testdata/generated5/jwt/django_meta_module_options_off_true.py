# generated case (gen_cases5): category=jwt rule=PY-JWT-NO-VERIFY fw=django source=meta shape=module_options_off expected=true
import jwt
import os

from django.http import JsonResponse
from django.urls import path

JWT_KEY = os.environ["JWT_KEY"]
JWT_OPTIONS = {"verify_signature": False, "require": ["exp"]}


def benchmark_test_00199(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options=JWT_OPTIONS)  # want: PY-JWT-NO-VERIFY
    result = claims.get("sub")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00199/", benchmark_test_00199),
]
