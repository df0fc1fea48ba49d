# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=django source=pathparam variant=header_then_verify expected=false
import jwt
import os

from django.http import JsonResponse
from django.urls import path

JWT_KEY = os.environ["JWT_KEY"]
KEYS = {"v1": os.environ["JWT_KEY_V1"]}


def benchmark_test_00789(request, test_id):
    param = test_id
    bar = param
    header = jwt.get_unverified_header(bar)
    key = KEYS.get(header.get("kid"), JWT_KEY)
    claims = jwt.decode(bar, key, algorithms=["HS256"])
    result = claims.get("sub")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00789/<str:test_id>/", benchmark_test_00789),
]
