# generated case (gen_cases7): category=weakhash rule=PY-WEAK-HASH fw=django source=post shape=blake2b_sha3 sink=specific expected=false
import hashlib

from django.http import JsonResponse
from django.urls import path


def case_00368(request):
    param = request.POST.get("q", "")
    bar = param
    result = hashlib.blake2b(bar.encode("utf-8"), digest_size=16).hexdigest() + hashlib.sha3_256(b"x").hexdigest()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00368/", case_00368),
]
