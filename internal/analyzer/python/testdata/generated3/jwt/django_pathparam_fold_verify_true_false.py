# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=django source=pathparam variant=fold_verify_true expected=false
import jwt
import os

from django.http import JsonResponse
from django.urls import path

JWT_KEY = os.environ["JWT_KEY"]


def benchmark_test_00640(request, test_id):
    param = test_id
    bar = param
    verify = (7 * 18) + 106 > 200
    claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={"verify_signature": verify})
    result = claims.get("sub")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00640/<str:test_id>/", benchmark_test_00640),
]
