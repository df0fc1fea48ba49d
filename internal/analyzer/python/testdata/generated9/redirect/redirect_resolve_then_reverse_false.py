# generated case (gen9): category=redirect rule=PY-OPEN-REDIRECT fw=django shape=resolve_then_reverse expected=false
from django.urls import Resolver404, resolve, reverse
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_resolve_then_reverse(request):
    param = request.GET.get("q", "")
    try:
        match = resolve(param)
    except Resolver404:
        return HttpResponseRedirect("/")
    return HttpResponseRedirect(reverse(match.url_name))


urlpatterns = [
    path("redirect_resolve_then_reverse/", case_resolve_then_reverse),
]
