# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=pathparam variant=uuid4_token expected=false
import uuid

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00727(request, test_id):
    param = test_id
    bar = param
    reset_token = str(uuid.uuid4())
    result = reset_token + bar[:0]
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00727/<str:test_id>/", benchmark_test_00727),
]
