# generated case (gen_cases4): category=cookie rule=PY-COOKIE-INSECURE fw=django source=cookie shape=signed_cookie_noflags sink=config expected=true
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00545(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    resp = JsonResponse({"ok": True})
    resp.set_signed_cookie("sessionid", bar)  # want: PY-COOKIE-INSECURE
    return resp


urlpatterns = [
    path("00545/", benchmark_test_00545),
]
