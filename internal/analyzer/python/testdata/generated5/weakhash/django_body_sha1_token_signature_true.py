# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=django source=body shape=sha1_token_signature expected=true
import hashlib
import json
import os

from django.http import JsonResponse
from django.urls import path

SIGNING_KEY = os.environ["SIGNING_KEY"]


def benchmark_test_00065(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    signature = hashlib.sha1((SIGNING_KEY + bar).encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    result = signature
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00065/", benchmark_test_00065),
]
