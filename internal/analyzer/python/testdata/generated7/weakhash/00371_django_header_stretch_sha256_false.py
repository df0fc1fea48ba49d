# generated case (gen_cases7): category=weakhash rule=PY-WEAK-HASH fw=django source=header shape=stretch_sha256 sink=specific expected=false
import hashlib

from django.http import JsonResponse
from django.urls import path


def case_00371(request):
    param = request.headers.get("X-Query", "")
    bar = param
    h = bar.encode("utf-8")
    for _ in range(1000):
        h = hashlib.sha256(h).digest()
    result = h.hex()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00371/", case_00371),
]
