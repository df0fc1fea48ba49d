# generated case (gen_cases3): category=cookie rule=PY-COOKIE-INSECURE fw=django source=meta variant=session_samesite_none expected=true
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00630(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    resp = JsonResponse({"ok": True})
    resp.set_cookie("sessionid", bar, secure=True, httponly=True, samesite=None)  # want: PY-COOKIE-INSECURE
    return resp


urlpatterns = [
    path("00630/", benchmark_test_00630),
]
