# SQLi: Django Model.objects.raw with a search string concatenated from request.GET
from django.http import JsonResponse

from .models import Book


def search_books(request):
    author = request.GET.get("author", "")
    books = Book.objects.raw("SELECT * FROM library_book WHERE author = '" + author + "'")  # want: PY-SQLI
    return JsonResponse({"books": [b.title for b in books]})
