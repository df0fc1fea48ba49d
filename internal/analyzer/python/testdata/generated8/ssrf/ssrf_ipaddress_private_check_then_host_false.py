# generated case (gen8): category=ssrf rule=PY-SSRF fw=django shape=ipaddress_private_check_then_host expected=false
import ipaddress
import requests
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_ipaddress_private_check_then_host(request):
    param = request.COOKIES.get("q", "")
    try:
        ip = ipaddress.ip_address(param)
    except ValueError:
        return JsonResponse({"result": str("need an IP")})
    if not ip.is_global:
        return JsonResponse({"result": str("blocked")})
    resp = requests.get("https://status.example.com/check", params={"ip": str(ip)}, timeout=5)  # want: PY-HTTP-NO-PROXY
    return JsonResponse({"result": str(resp.status_code)})


urlpatterns = [
    path("ssrf_ipaddress_private_check_then_host/", case_ipaddress_private_check_then_host),
]
