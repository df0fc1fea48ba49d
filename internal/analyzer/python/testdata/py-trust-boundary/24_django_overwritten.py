# Trust boundary FALSE: Django view overwrites the tainted value with a constant before storing it
from django.http import JsonResponse


def choose_theme(request):
    theme = request.GET.get("theme", "light")
    theme = "light"
    request.session["theme"] = theme
    return JsonResponse({"theme": theme})
