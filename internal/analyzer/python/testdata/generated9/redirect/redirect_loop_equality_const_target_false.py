# generated case (gen9): category=redirect rule=PY-OPEN-REDIRECT fw=django shape=loop_equality_const_target expected=false
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

TARGETS = ["/account", "/orders", "/help"]


def case_loop_equality_const_target(request):
    param = request.GET.get("q", "")
    for t in TARGETS:
        if t == param:
            return HttpResponseRedirect(t)
    return HttpResponseRedirect("/")


urlpatterns = [
    path("redirect_loop_equality_const_target/", case_loop_equality_const_target),
]
