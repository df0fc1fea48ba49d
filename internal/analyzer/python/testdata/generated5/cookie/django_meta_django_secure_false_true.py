# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=django source=meta shape=django_secure_false expected=true
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00229(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    resp = JsonResponse({"ok": True})
    resp.set_cookie("sessionid", bar, secure=False, httponly=True, samesite="Lax")  # want: PY-COOKIE-INSECURE
    return resp


urlpatterns = [
    path("00229/", benchmark_test_00229),
]
