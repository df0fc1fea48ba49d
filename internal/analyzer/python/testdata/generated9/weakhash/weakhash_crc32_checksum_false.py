# generated case (gen9): category=weakhash rule=PY-WEAK-HASH fw=django shape=crc32_checksum expected=false
import zlib
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_crc32_checksum(request):
    param = request.COOKIES.get("q", "")
    checksum = zlib.crc32(param.encode("utf-8"))
    return JsonResponse({"result": str(checksum)})


urlpatterns = [
    path("weakhash_crc32_checksum/", case_crc32_checksum),
]
