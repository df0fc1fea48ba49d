# Open redirect: Django view redirects to request.GET["next"]
from django.contrib.auth import logout
from django.http import HttpResponseRedirect


def logout_view(request):
    logout(request)
    return HttpResponseRedirect(request.GET.get("next", "/"))  # want: PY-OPEN-REDIRECT
