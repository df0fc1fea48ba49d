# generated case (gen9): category=ssrf rule=PY-SSRF fw=django shape=ftplib_host expected=true
import ftplib
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_ftplib_host(request):
    param = request.GET.get("q", "")
    ftp = ftplib.FTP(param, timeout=5)  # want: PY-SSRF
    ftp.quit()
    return JsonResponse({"result": str("ok")})


urlpatterns = [
    path("ssrf_ftplib_host/", case_ftplib_host),
]
