# generated case (gen_cases7): category=weakhash rule=PY-WEAK-HASH fw=django source=cookie shape=tuple_unpack_sha512 sink=specific expected=false
import hashlib

from django.http import JsonResponse
from django.urls import path


def case_00359(request):
    param = request.COOKIES.get("q", "none")
    bar = param
    name, size = ("sha512", 64)
    result = hashlib.new(name, bar.encode("utf-8")).hexdigest()[:size]
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00359/", case_00359),
]
