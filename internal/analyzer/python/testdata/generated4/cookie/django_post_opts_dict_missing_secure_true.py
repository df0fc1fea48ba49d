# generated case (gen_cases4): category=cookie rule=PY-COOKIE-INSECURE fw=django source=post shape=opts_dict_missing_secure sink=config expected=true
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00540(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    COOKIE_OPTS = {"httponly": True, "samesite": "Lax"}
    resp = JsonResponse({"ok": True})
    resp.set_cookie("session_token", bar, **COOKIE_OPTS)  # want: PY-COOKIE-INSECURE
    return resp


urlpatterns = [
    path("00540/", benchmark_test_00540),
]
